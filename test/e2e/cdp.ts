import WebSocket from 'ws';

interface Target {
  type: string;
  url: string;
  webSocketDebuggerUrl?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a command may go unanswered: then it fails, rather than leaving a test or the bench
 * waiting for ever (an answer the page never sent once held the bench 20 minutes).
 */
const ANSWER_MS = 60_000;

/**
 * A page reached over the DevTools protocol. The action popup is not a Playwright page, so the
 * tests drive it through `Runtime.evaluate` and `Input.insertText`, as DevTools would.
 */
export class CdpPage {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  /** Settled when the connection closes (the page is gone, or `close` closed it). */
  private readonly closed: Promise<void>;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      if (message.id !== undefined) this.waiting.get(message.id)?.(message);
    });
    // A page that goes away answers nothing more: what waits on it fails at once.
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        for (const answer of this.waiting.values()) answer({ error: { message: 'the page closed' } });
        this.waiting.clear();
        resolve();
      }),
    );
  }

  /** Waits for a page whose URL contains `urlPart`, then attaches to it. */
  static async attach(port: number, urlPart: string, timeoutMs = 10_000): Promise<CdpPage> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Target[];
      const target = targets.find((t) => t.url.includes(urlPart) && t.webSocketDebuggerUrl);
      if (target?.webSocketDebuggerUrl) {
        const socket = new WebSocket(target.webSocketDebuggerUrl);
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        return new CdpPage(socket);
      }
      await sleep(100);
    }
    throw new Error(`No page with ${urlPart} appeared within ${timeoutMs} ms`);
  }

  async send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.socket.readyState !== WebSocket.OPEN) throw new Error(`${method}: the page closed`);
    const id = this.nextId++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      this.waiting.set(id, resolve);
      timer = setTimeout(() => resolve({ error: { message: `no answer in ${ANSWER_MS / 1000} s` } }), ANSWER_MS);
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    const message = await reply;
    clearTimeout(timer);
    this.waiting.delete(id);
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  }

  /** Runs `expression` in the page and returns its (awaited, JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(`evaluate: ${result.exceptionDetails.text}`);
    return result.result.value as T;
  }

  /** Polls `expression` until it is truthy. */
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.evaluate<boolean>(`Boolean(${expression})`)) return;
      await sleep(50);
    }
    throw new Error(`Timed out waiting for ${expression}`);
  }

  value(selector: string): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)}).value`);
  }

  /** Focuses a field, selects what it holds and types over it, as a keyboard would. */
  async type(selector: string, text: string): Promise<void> {
    await this.evaluate(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.focus(); el.select(); })()`,
    );
    await this.send('Input.insertText', { text });
  }

  click(selector: string): Promise<void> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
  }

  text(selector = 'body'): Promise<string> {
    return this.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`);
  }

  /**
   * Closes the page itself (as the popup closes when focus leaves it), then the connection: once
   * the page is gone (its connection closes), so that the next page looked for is not this one;
   * a page that closes before it answers is not waited for. At most 2 s.
   */
  async close(): Promise<void> {
    const asked = this.evaluate('window.close()').catch(() => undefined);
    await Promise.race([Promise.all([asked, this.closed]), sleep(2000)]);
    this.socket.close();
  }
}
