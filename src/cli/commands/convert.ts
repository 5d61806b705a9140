// `convert <input> [--issuer <id>]`: an Open Badges 2.0 assertion (JSON, signed JWS, baked PNG/SVG,
// or a hosted assertion's URL) re-issued as an unsigned Open Badges 3.0 OpenBadgeCredential. The
// BadgeClass and issuer Profile come from --resources (or the network with --allow-network). What
// OB 3.0 cannot carry is listed on stderr (`--format json` puts it in the output instead).
import { convertOb2ToOb3, createDocumentLoader, type DocumentLoader, isLerkitError } from 'lerkit';
import type { Options } from '../args.js';
import { readCredential } from '../credential-file.js';
import { CliError, messageOf } from '../errors.js';
import { emit, jsonText } from '../io.js';
import { verifyOptionsOf } from '../library-options.js';
import type { CommandContext } from '../run.js';

const URL_OPERAND = /^https?:\/\/\S+$/i;

export async function runConvert(options: Options, { io }: CommandContext): Promise<number> {
  const [operand] = options.operands as [string];
  const { resources, fetch, fetchTimeoutMs, fetchMaxBytes } = await verifyOptionsOf(options);
  const loader = createDocumentLoader({
    ...(resources ? { resources } : {}),
    ...(fetch ? { fetch, fetchTimeoutMs, fetchMaxBytes } : {}),
  });
  const input = URL_OPERAND.test(operand) ? operand : await readCredential(operand);
  const assertion = await hosted(input, loader);
  let result: Awaited<ReturnType<typeof convertOb2ToOb3>>;
  try {
    result = await convertOb2ToOb3(
      assertion,
      {},
      {
        documentLoader: loader,
        ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
      },
    );
  } catch (error) {
    if (!isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')) throw error;
    await io.stderr.write(`lerkit: cannot convert ${operand}: ${messageOf(error)}\n`);
    return 1;
  }
  if (options.format === 'json') {
    await emit(io, jsonText(result), options.output);
    return 0;
  }
  await emit(io, jsonText(result.credential), options.output);
  for (const { path, reason } of result.lost)
    await io.stderr.write(`lost ${path || '/'}: ${reason}\n`);
  for (const { path, reason } of result.changed)
    await io.stderr.write(`changed ${path}: ${reason}\n`);
  return 0;
}

// A hosted assertion's URL (given, or baked in the image) is loaded: the hosted copy is the badge.
async function hosted(input: object | string, loader: DocumentLoader): Promise<object | string> {
  if (typeof input !== 'string' || !URL_OPERAND.test(input)) return input;
  try {
    return (await loader(input)).document as object;
  } catch (error) {
    throw new CliError(
      `cannot load ${input}: ${messageOf(error)} (pass --resources or --allow-network)`,
    );
  }
}
