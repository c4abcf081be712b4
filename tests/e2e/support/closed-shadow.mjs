/**
 * Reading inside a CLOSED shadow root from a test, without any help from the extension.
 *
 * The page cannot see into Kontext's tooltip host (its `shadowRoot` is null), and that is how it
 * should stay. The automation protocols can:
 *
 * - Chromium (CDP): `DOM.getDocument({ depth: -1, pierce: true })` describes closed shadow roots
 *   too; `DOM.resolveNode` turns the root into a JS object we can run a function on.
 * - Firefox (WebDriver BiDi): a serialized element carries its shadow root — closed ones included —
 *   as a `sharedId` (`browsingContext.locateNodes`); `script.callFunction` accepts that node as an
 *   argument. The function runs in a sandbox realm, so page scripts cannot interfere.
 *
 * (Puppeteer's `::-p-aria(...)` also pierces closed roots in Chromium, but in Firefox BiDi's
 * accessibility locator does not descend into shadow trees, so both browsers use the protocol here.)
 */

/**
 * Runs `fn(shadowRoot, arg)` inside the shadow root of the first element matching `hostSelector`,
 * returning its JSON-serialisable result, or `undefined` when there is no such host or root.
 * `fn` must be self-contained: it is sent to the browser as source text.
 *
 * @template T
 * @param {import('puppeteer-core').Page} page
 * @param {string} hostSelector a CSS selector for the host, in the light DOM
 * @param {(root: ShadowRoot, arg: any) => T} fn
 * @param {unknown} [arg]
 * @returns {Promise<T | undefined>}
 */
export async function evaluateInClosedShadowRoot(page, hostSelector, fn, arg = null) {
  const product = page.browser().protocol;
  return product === 'cdp'
    ? viaCdp(page, hostSelector, fn, arg)
    : viaBidi(page, hostSelector, fn, arg);
}

/** @param {import('puppeteer-core').Page} page */
async function viaCdp(page, hostSelector, fn, arg) {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    if (!nodeId) return undefined;
    const { node } = await client.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) return undefined;
    const { result, exceptionDetails } = await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(`in closed shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value;
  } finally {
    await client.detach().catch(() => {});
  }
}

/** @param {import('puppeteer-core').Page} page */
async function viaBidi(page, hostSelector, fn, arg) {
  // The BiDi connection and the frame's browsing-context id are not part of Puppeteer's typed API;
  // both exist on the BiDi implementation (puppeteer-core 24).
  const browser = /** @type {any} */ (page.browser());
  const connection = browser.connection;
  const context = /** @type {any} */ (page.mainFrame())._id;
  if (!connection?.send || !context) throw new Error('cannot reach the WebDriver BiDi connection of this page');
  const located = await connection.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: hostSelector },
    maxNodeCount: 1,
  });
  const shadow = located.result.nodes[0]?.value?.shadowRoot;
  if (!shadow?.sharedId) return undefined;
  const response = await connection.send('script.callFunction', {
    functionDeclaration: `function (root, json) { return JSON.stringify((${fn.toString()})(root, JSON.parse(json)) ?? null); }`,
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg) }],
    target: { context, sandbox: 'kontext-e2e' },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const result = response.result;
  if (result.type === 'exception') {
    throw new Error(`in closed shadow root: ${result.exceptionDetails?.text ?? 'exception'}`);
  }
  const value = JSON.parse(result.result.value);
  return value === null ? undefined : value;
}
