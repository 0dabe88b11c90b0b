/**
 * Whether an event is the writer's own doing. Anything Guidepost does for the writer (open its
 * cards, hold a post, add a disclaimer) answers only to the browser's word on this: an event a
 * script made (`isTrusted` false), the page's or anyone's, is as if it never happened. Passed in
 * where events are handled so the DOM tier, whose events are never trusted, can stand in for a person.
 */
export type EventTrust = (event: Event) => boolean;

export const browserTrust: EventTrust = (event) => event.isTrusted;
