// Who is posting: the writer's own profile, or a Page they act as (options.fbActingAs).
import type { ResolvedReplicaOptions } from '../shared/options';

export interface Identity {
  name: string;
  /** Profile or Page URL path, the Page's username for a Page. */
  path: string;
  isPage: boolean;
}

export function identityOf(options: ResolvedReplicaOptions): Identity {
  if (!options.fbActingAs) return { name: 'Jo Smith', path: '/jo.smith.fv', isPage: false };
  const name = options.fbActingAs.replace(/^@/, '');
  return { name, path: `/${name.replace(/\s+/g, '')}`, isPage: true };
}
