/** One request a browser made, as egress tests see it. */
export interface RecordedRequest {
  url: string;
  method: string;
  /** Request body as sent (null when there is none or the driver cannot see it). */
  postData: string | null;
  resourceType: string;
  /** True when a service worker (e.g. the extension's background) made the request. */
  fromServiceWorker: boolean;
}
