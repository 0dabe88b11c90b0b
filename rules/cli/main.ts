import { checkUsage, runCheck } from './check';
import { keygenUsage, runKeygen } from './keygen';
import { runSchema, schemaUsage } from './schema';
import { runSign, signUsage } from './sign';
import { runTestPack, testUsage } from './test-pack';
import { runTrain, trainUsage } from './train';
import { runValidate, validateUsage } from './validate';
import { runVerify, verifyUsage } from './verify';
import { UserError } from './user-error';

/** Guidepost's command line: checking drafts, and the admin's pack tools. */
interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  check: { summary: 'check drafts against a pack', usage: checkUsage, run: runCheck },
  validate: { summary: 'check a pack against the schema', usage: validateUsage, run: runValidate },
  test: { summary: "run a pack's rule examples; score labelled drafts", usage: testUsage, run: runTestPack },
  train: { summary: "train a pack's model on labelled drafts", usage: trainUsage, run: runTrain },
  keygen: { summary: 'make an Ed25519 signing key', usage: keygenUsage, run: runKeygen },
  sign: { summary: 'sign a pack for publishing', usage: signUsage, run: runSign },
  verify: { summary: 'check a signed pack as installs will', usage: verifyUsage, run: runVerify },
  schema: { summary: "print the pack's JSON Schema for editors", usage: schemaUsage, run: runSchema },
};

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: guidepost <command> [options]\n\ncommands:\n${rows.join('\n')}\n\nguidepost <command> --help shows a command's options.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new UserError(`unknown command "${name}"\n\n${help()}`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}

// Output piped into a reader that stops early (`guidepost schema | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`guidepost: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`guidepost: unexpected error, please report it: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
