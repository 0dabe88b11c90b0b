import { useEffect, useState } from 'preact/hooks';
import { loadActiveProfile, watchActiveProfile, type ActiveProfile } from '../../utils/active-profile';

/** The organisation profile in force, kept current; undefined until first read. */
export function useActiveProfile(): ActiveProfile | undefined {
  const [active, setActive] = useState<ActiveProfile | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    void loadActiveProfile().then((a) => {
      if (!controller.signal.aborted) setActive(a);
    });
    watchActiveProfile(setActive, controller.signal);
    return () => controller.abort();
  }, []);
  return active;
}
