/** What RFC 9110 allows in a header: a name is a token; a value holds visible ASCII, spaces and tabs. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[^\t\x20-\x7e]/;

/** Headers the client frames the body with itself: one given beside them would make two framings. */
const CLIENT_FRAMING = new Set(['transfer-encoding', 'content-length']);

/** What is wrong with a header, in words that name it, or undefined when it may be sent. */
export function headerProblem(name: string, value: string): string | undefined {
  if (!TOKEN.test(name)) return `header name ${JSON.stringify(name)} is not a token (letters, digits and !#$%&'*+-.^_\`|~ only)`;
  if (CLIENT_FRAMING.has(name.toLowerCase()))
    return `header ${name} is the client's to set (it sends every body with its own content-length): remove it`;
  const bad = BAD_VALUE.exec(value);
  if (!bad) return undefined;
  const code = bad[0].codePointAt(0)!;
  const what = code < 0x20 || code === 0x7f ? 'a control character' : 'a non-ASCII character';
  return `header ${name} has ${what} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) in its value: encode it (percent- or base64-encoding)`;
}

const BAD_PATH = /[\x00-\x20\x7f]/;

/** What is wrong with a request's path, in words, or undefined when it may be sent. */
export function pathProblem(path: string): string | undefined {
  return BAD_PATH.test(path) ? `the path ${JSON.stringify(path.slice(0, 80))} has spaces or control characters: encode them` : undefined;
}

/** The first thing wrong with a request's path or headers, or undefined when it may be sent. */
export function requestProblem(path: string, headers: Record<string, string>): string | undefined {
  const problem = pathProblem(path);
  if (problem) return problem;
  for (const name in headers) {
    const header = headerProblem(name, headers[name]!);
    if (header) return header;
  }
  return undefined;
}
