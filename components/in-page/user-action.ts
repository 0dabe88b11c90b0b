import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browserTrust, type EventTrust } from '../../utils/event-trust';

/** Which events the in-page UI takes as the writer's: the browser's word, unless a DOM test provides one. */
export const EventTrustContext = createContext<EventTrust>(browserTrust);

/** Wraps a handler that acts for the writer, so that an event no person made does nothing. */
export function useUserAction(): <E extends Event>(run: (event: E) => void) => (event: E) => void {
  const trusted = useContext(EventTrustContext);
  return (run) => (event) => {
    if (trusted(event)) run(event);
  };
}
