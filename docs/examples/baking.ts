// Baking: put a signed badge into its PNG and SVG images, get it back out, verify the images.
// Run with `npx tsx docs/examples/baking.ts`; the test suite runs it too.
import {
  bake,
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
  extract,
  generateKeyPair,
  isLerkitError,
  sign,
  signJwt,
  verify,
} from 'lerkit';

export async function main() {
  const key = await generateKeyPair();
  const credential = createOpenBadgeCredential({
    issuer: createProfile({ id: key.controller, name: 'Example University' }),
    achievement: createAchievement({
      name: 'Teamwork',
      description: 'Collaborates effectively within a group.',
      criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
    }),
    recipient: { id: 'did:example:student-42' },
  });
  const signed = await sign(credential, { key });

  // PNG: bytes in, bytes out. The credential goes in an uncompressed iTXt chunk.
  // The picture: any PNG, e.g. the bytes of your badge image file. Here a 1×1 blue PNG (70 bytes:
  // signature, IHDR, IDAT, IEND), so the example needs no file.
  const picture = Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQy7/5HwAEewJmtEt2jQAAAABJRU5ErkJggg==',
    ),
    (c) => c.charCodeAt(0),
  );
  const png = bake(picture, signed);
  const fromPng = await extract(png); // { format: 'png', kind: 'AchievementCredential', credential, source }

  // SVG: text in, text out. A VC-JWT goes in the verify attribute.
  const svgPicture =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30"/></svg>';
  const svg = bake(svgPicture, await signJwt(credential, { key }));
  const fromSvg = await extract(svg); // credential is the compact JWS

  // verify() takes the images directly.
  const [pngReport, svgReport] = await Promise.all([verify(png), verify(svg)]);
  console.log('PNG', pngReport.status, fromPng.source);
  console.log('SVG', svgReport.status, fromSvg.source);

  // Anything that is not a well-formed image is a typed error, never a crash.
  let problem: string | undefined;
  try {
    await extract(png.subarray(0, 100));
  } catch (error) {
    if (isLerkitError(error, 'ERR_LERKIT_INVALID_IMAGE')) problem = error.problem;
  }
  console.log('truncated PNG:', problem);

  return { fromPng, fromSvg, pngReport, svgReport, problem, signed, svg };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
