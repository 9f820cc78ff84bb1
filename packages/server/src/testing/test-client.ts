import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * A browser-like client over `app.inject`: keeps cookies and, like the web app, echoes the
 * pp_csrf cookie in the x-csrf-token header on unsafe requests.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly address = "127.0.0.1",
  ) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    extra: { headers?: Record<string, string>; rawBody?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...this.cookieHeader(), ...this.csrfHeader(method) };
    const options: InjectOptions = { method, url, headers, remoteAddress: this.address };
    if (extra.rawBody !== undefined) {
      headers["content-type"] = "application/json";
      options.payload = extra.rawBody;
    } else if (body !== undefined) {
      options.payload = body as InjectOptions["payload"];
    }
    Object.assign(headers, extra.headers);
    const response = await this.app.inject(options);
    this.remember(response);
    return response;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body);
  patch = (url: string, body?: unknown) => this.request("PATCH", url, body);

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    const pairs = [...this.cookies].map(([name, value]) => `${name}=${value}`);
    return { cookie: pairs.join("; ") };
  }

  private csrfHeader(method: Method): Record<string, string> {
    const token = this.cookies.get("pp_csrf") ?? this.cookies.get("__Host-pp_csrf");
    return method === "GET" || token === undefined ? {} : { "x-csrf-token": token };
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const isCleared =
        cookie.value === "" || (cookie.expires !== undefined && cookie.expires.getTime() < 1);
      if (isCleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}
