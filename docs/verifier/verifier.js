// The verifier page's script: reads a dropped, chosen or pasted badge and shows lerkit's report.
// It uses only the public API of the package's browser build, which `npm run build:browser`
// writes to ./lerkit/ (or point the import below at the published package on a CDN). Everything
// the badge says is shown as text (textContent), never as HTML.
import { extract, parseInput, verify } from './lerkit/index.js';

const $ = (id) => document.getElementById(id);
const result = $('result');

/** Creates an element with text and children. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The value at a JSON Pointer, or undefined. */
function at(document, pointer) {
  if (!pointer) return document;
  let value = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
    value = value[key];
  }
  return value;
}

/** The credential a report is about, as a JSON object, when it can be read. */
async function documentOf(input) {
  try {
    let credential = input;
    const isImage =
      input instanceof Uint8Array ||
      (typeof input === 'string' && /^\s*(<\?xml|<svg|<!--)/.test(input));
    if (isImage) credential = (await extract(input)).credential;
    const parsed = parseInput(credential);
    return parsed.ok ? parsed.document : undefined;
  } catch {
    return undefined;
  }
}

/** A credential (object or VC-JWT) nested in another, as a JSON object. */
function nestedDocument(value) {
  if (value === undefined) return undefined;
  const parsed = parseInput(value);
  return parsed.ok ? parsed.document : undefined;
}

const text = (value) => (typeof value === 'string' ? value : undefined);
const firstOf = (value) => (Array.isArray(value) ? value[0] : value);

/** The achievement a credential is about: its name and image URL. */
function achievementOf(document) {
  const subject = firstOf(document?.credentialSubject);
  const achievement = subject?.achievement;
  if (!achievement || typeof achievement !== 'object') return undefined;
  const image = typeof achievement.image === 'string' ? achievement.image : achievement.image?.id;
  return { name: text(achievement.name), image: text(image) };
}

/** Only images that cannot run anything or phone home unexpectedly: data: PNG/SVG/… and https:. */
function safeImage(url) {
  return typeof url === 'string' &&
    /^(data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]|https:)/i.test(url)
    ? url
    : undefined;
}

/** The trust line of the issuer section: who vouches for the issuer, or "self-asserted". */
function trustLine(issuer) {
  const trust = issuer?.trust;
  if (trust?.status === 'trusted') {
    const who = trust.matches
      .map((m) => (m.name ? `${m.source} (as “${m.name}”)` : m.source))
      .join(', ');
    return `Vouched for by ${who}`;
  }
  const binding = issuer?.binding;
  const key =
    binding?.type === 'domain'
      ? `key published under ${binding.domain}`
      : binding?.type === 'self-certifying'
        ? `${binding.method}: the key is bound to nothing but itself`
        : 'key binding unknown';
  return `Self-asserted: no trust source vouches for this issuer (${key})${trust?.message ? `. ${trust.message}` : ''}`;
}

/** Renders one report (and, recursively, its nested credentials). */
function renderReport(report, document, depth = 0) {
  const box = el('section', { class: depth === 0 ? 'report' : 'nested' });
  const verified = report.verified === true;
  const verdictText = verified
    ? `✔ Verified${report.status === 'warning' ? ' (with warnings)' : ''}`
    : '✘ Not verified';
  if (depth === 0) {
    box.append(
      el('div', {
        id: 'verdict',
        class: verified ? 'verified' : 'not-verified',
        'data-verdict': verified ? 'verified' : 'not-verified',
        text: verdictText,
      }),
    );
  } else {
    box.append(
      el('h3', {
        class: verified ? 'pass' : 'error',
        text: `${verdictText}: ${report.kind}${report.path ? ` at ${report.path}` : ''}`,
      }),
    );
  }
  box.append(
    el('p', {
      class: 'muted',
      text: `${report.kind}${report.format ? `, ${report.format}` : ''}${report.vcVersion ? `, VC ${report.vcVersion}` : ''}${report.id ? `, ${report.id}` : ''}`,
    }),
  );

  const achievement = achievementOf(document);
  if (achievement) {
    const image = safeImage(achievement.image);
    box.append(
      el(
        'div',
        { class: 'badge' },
        image ? el('img', { src: image, alt: '', referrerpolicy: 'no-referrer' }) : undefined,
        el(
          'div',
          {},
          el('strong', { class: 'achievement', text: achievement.name ?? '(no name)' }),
        ),
      ),
    );
  }

  if (report.issuer) {
    const issuer = report.issuer;
    box.append(
      el(
        'p',
        { class: 'issuer' },
        el('span', { text: `Issuer: ${issuer.name ?? '(no name)'} ` }),
        el('code', { text: issuer.id ?? '(no id)' }),
        el('br'),
        el('span', { class: 'trust', text: trustLine(issuer) }),
      ),
    );
  }

  const checks = el(
    'table',
    { class: 'checks' },
    el(
      'tr',
      {},
      el('th', { text: 'Check' }),
      el('th', { text: 'Outcome' }),
      el('th', { text: 'Message' }),
    ),
  );
  for (const check of report.checks) {
    checks.append(
      el(
        'tr',
        { 'data-check': check.check },
        el('td', { text: check.check }),
        el('td', { class: `outcome ${check.outcome}`, text: check.outcome }),
        el('td', { text: check.message }),
      ),
    );
  }
  box.append(checks);

  if (report.findings.length > 0) {
    const list = el('ul', { class: 'findings' });
    for (const finding of report.findings) {
      list.append(
        el(
          'li',
          { class: `finding ${finding.severity}` },
          el('code', { text: finding.code }),
          el('span', { text: ` ${finding.message}` }),
          finding.path ? el('span', { class: 'muted', text: ` at ${finding.path}` }) : undefined,
          finding.hint ? el('div', { class: 'muted', text: finding.hint }) : undefined,
        ),
      );
    }
    box.append(el('h4', { text: 'Findings' }), list);
  }

  for (const nested of report.nested ?? []) {
    const inner = nested.path ? nestedDocument(at(document, nested.path)) : undefined;
    box.append(renderReport(nested, inner, depth + 1));
  }
  return box;
}

/** Verifies an input (bytes or text, or a promise of them) and shows its report. */
async function show(pending) {
  result.replaceChildren(el('div', { id: 'verdict', class: 'working', text: 'Verifying…' }));
  document.body.dataset.state = 'working';
  try {
    const input = await pending;
    const trusted = $('trust')
      .value.split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const options =
      trusted.length > 0
        ? { trust: [{ type: 'list', name: 'your trust list', entries: trusted }] }
        : {};
    const [report, credential] = await Promise.all([verify(input, options), documentOf(input)]);
    result.replaceChildren(renderReport(report, credential));
  } catch (error) {
    result.replaceChildren(
      el('div', {
        id: 'verdict',
        class: 'not-verified',
        'data-verdict': 'error',
        text: `✘ Not verified: ${error?.message ?? error}`,
      }),
    );
  }
  document.body.dataset.state = 'done';
}

/** Reads a file: images as bytes, anything else as text. */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  return isPng ? bytes : new TextDecoder().decode(bytes);
}

const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files?.[0];
  if (file) await show(readFile(file));
  else {
    const pasted = event.dataTransfer?.getData('text/plain');
    if (pasted) await show(pasted.trim());
  }
});
$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file) await show(readFile(file));
});
$('verify').addEventListener('click', async () => {
  const pasted = $('paste').value.trim();
  if (pasted) await show(pasted);
});
document.body.dataset.state = 'ready';
