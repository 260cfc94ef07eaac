// Calls a real route handler in-process, as Next.js would, and reads the JSON answer.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route declares its own params type
export type RouteHandler = (request: Request, context: { params: Promise<any> }) => Response | Promise<Response>;

export type CallOptions = {
  method?: string;
  key?: string;
  body?: string | object;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

export async function callRoute(handler: RouteHandler, path: string, options: CallOptions = {}) {
  const headers = new Headers(options.headers);
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  if (body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`http://test${path}`, { method: options.method ?? (body === undefined ? "GET" : "POST"), headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the wire
  const json: any = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: json, text };
}

