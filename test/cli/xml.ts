// A tiny, strict XML parser for the tests: elements, attributes, text, the five predefined
// entities and character references. Throws on anything not well-formed.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_][\\w.-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(text: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) {
    throw new Error(`bad entity in ${JSON.stringify(text)}`);
  }
  if (/[<]/.test(text)) throw new Error(`raw < in ${JSON.stringify(text)}`);
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(ENTITY, (entity) => {
    const body = entity.slice(1, -1);
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return named[body] as string;
  });
}

export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>`);
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    const text = open === -1 ? rest : rest.slice(0, open);
    const current = stack[stack.length - 1] as XmlElement;
    current.text += decode(text);
    if (open === -1) break;
    rest = rest.slice(open);
    const match = tag.exec(rest);
    if (!match) throw new Error(`malformed tag at ${JSON.stringify(rest.slice(0, 40))}`);
    const [whole, closing, name, attrs, selfClosing] = match as unknown as string[];
    rest = rest.slice((whole as string).length);
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (attrs as string).matchAll(
      new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g'),
    )) {
      if ((key as string) in attributes) throw new Error(`duplicate attribute ${key}`);
      attributes[key as string] = decode(value as string);
    }
    const element: XmlElement = { name: name as string, attributes, children: [], text: '' };
    current.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '')
    throw new Error('not one root element');
  return root.children[0] as XmlElement;
}

/** Every descendant element with the name, depth first. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...findAll(child, name),
  ]);
}
