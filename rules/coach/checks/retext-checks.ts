import type { CoachTip } from '../coach-tip';
import type { CoachTipConfig } from '../coach-schema';

/** The coach's checks that are retext plugins, by the plugin's name in its messages. */
const PLUGINS = {
  'plain-words': 'retext-simplify',
  'passive-voice': 'retext-passive',
  'hard-sentence': 'retext-readability',
  'inclusive-words': 'retext-equality',
  profanity: 'retext-profanities',
} as const;
export type RetextCheckName = keyof typeof PLUGINS;

export function isRetextCheck(name: string): name is RetextCheckName {
  return Object.hasOwn(PLUGINS, name);
}

interface Message {
  source?: string | null;
  ruleId?: string | null;
  place?: { start?: { offset?: number }; end?: { offset?: number } } | null;
  actual?: string | null;
  expected?: readonly string[] | null;
}

/**
 * Loads retext and the plugins the pack turns on, the first time the coach runs (they weigh
 * about 80 kB gzipped, so they are never part of what loads on every page), and runs them as one
 * pass per draft: each check reads its own plugin's messages.
 */
export async function loadRetextChecks(configs: readonly CoachTipConfig[]): Promise<Map<RetextCheckName, (text: string) => CoachTip[]>> {
  const wanted = configs.filter((c): c is CoachTipConfig & { check: RetextCheckName } => c.enabled && isRetextCheck(c.check));
  const checks = new Map<RetextCheckName, (text: string) => CoachTip[]>();
  if (wanted.length === 0) return checks;
  const [{ retext }, { default: english }] = await Promise.all([import('retext'), import('retext-english')]);
  const processor = retext().use(english);
  for (const config of wanted) {
    const { ignore, age, sureness } = config.options;
    switch (config.check) {
      case 'plain-words':
        processor.use((await import('retext-simplify')).default, { ignore });
        break;
      case 'passive-voice':
        processor.use((await import('retext-passive')).default, { ignore });
        break;
      case 'hard-sentence':
        processor.use((await import('retext-readability')).default, { age, minWords: 12, threshold: 6 / 7 });
        break;
      case 'inclusive-words':
        processor.use((await import('retext-equality')).default, { ignore });
        break;
      case 'profanity':
        processor.use((await import('retext-profanities')).default, { ignore, sureness });
        break;
    }
  }
  processor.freeze();

  // The checks of one draft share one parse.
  let last: { text: string; messages: readonly Message[] } | null = null;
  const messagesOf = (text: string): readonly Message[] => {
    if (last?.text === text) return last.messages;
    // Every plugin here is synchronous, so the whole pass is too.
    last = { text, messages: processor.processSync(text).messages as Message[] };
    return last.messages;
  };
  for (const config of wanted) {
    const source = PLUGINS[config.check];
    // `ignore` names phrases for the plugin and, here, the plugin's rule ids ("her-him").
    const ignored = new Set(config.options.ignore);
    const only = new Set(config.options.only);
    checks.set(config.check, (text) =>
      messagesOf(text).flatMap((m) => {
        const start = m.place?.start?.offset;
        const end = m.place?.end?.offset;
        if (m.source !== source || start === undefined || end === undefined || end <= start || ignored.has(m.ruleId ?? '')) return [];
        if (only.size > 0 && !only.has(m.ruleId ?? '')) return [];
        return [{ start, end, words: text.slice(start, end), replacements: [...(m.expected ?? [])].filter((r) => r.trim() !== '').slice(0, 2) }];
      }),
    );
  }
  return checks;
}
