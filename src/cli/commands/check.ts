// `validate` and `verify`: check many inputs, report them in the chosen format.
import { createVerifier, detectImageFormat, extract, validate } from 'lerkit';
import type { Options } from '../args.js';
import { CliError, messageOf } from '../errors.js';
import { expandOperands, readBytes } from '../inputs.js';
import { type CliIo, emit, useColor } from '../io.js';
import { verifyOptionsOf } from '../library-options.js';
import { formatJson } from '../output/json.js';
import { formatJunit } from '../output/junit.js';
import { type FileResult, fromReport, type Run, summarize } from '../output/model.js';
import { formatSarif } from '../output/sarif.js';
import { formatText } from '../output/text.js';
import { mapConcurrent } from '../pool.js';
import { progress } from '../progress.js';
import type { CommandContext } from '../run.js';

type Checker = (file: string, input: Uint8Array | string) => Promise<FileResult>;

const HOSTED_URL = /^https?:\/\/\S+$/i;

export async function runCheck(options: Options, { io, version }: CommandContext): Promise<number> {
  const command = options.command === 'validate' ? 'validate' : 'verify';
  // OB 2.0 hosted assertions may be given by URL (verify loads them through its loader).
  const urls = options.operands.filter((operand) => HOSTED_URL.test(operand));
  if (urls.length > 0 && command === 'validate') {
    throw new CliError(`validate reads files; verify an OB 2.0 hosted assertion URL (${urls[0]})`);
  }
  // Options first: a bad --profile or --resources is reported before any input is read.
  const check = command === 'validate' ? await validator(options) : await verifier(options);
  const paths = options.operands.filter((operand) => !HOSTED_URL.test(operand));
  const files = [...urls, ...(paths.length > 0 ? await expandOperands(paths) : [])];
  const bar = progress(io, `lerkit ${command}`, files.length);
  const results = await mapConcurrent(
    files,
    options.concurrency,
    async (file) => check(file, HOSTED_URL.test(file) ? file : await readBytes(file)),
    bar.update,
  );
  bar.end();
  const run: Run = { command, strict: options.strict, results };
  await emit(io, format(run, options, version, io), options.output);
  return summarize(run).exitCode;
}

function format(run: Run, options: Options, version: string, io: CliIo): string {
  switch (options.format) {
    case 'json':
      return formatJson(run);
    case 'junit':
      return formatJunit(run);
    case 'sarif':
      return formatSarif(run, version);
    default:
      return formatText(
        run,
        useColor(io, options.output),
        options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal',
      );
  }
}

async function validator(options: Options): Promise<Checker> {
  const { resources, profile, limits, kind } = await verifyOptionsOf(options);
  const validateOptions = {
    ...(kind ? { kind } : {}),
    ...(resources ? { resources } : {}),
    ...(profile ? { profile } : {}),
    ...(limits ? { limits } : {}),
  };
  return async (file, bytes) => {
    // validate reads JSON and VC-JWTs; a baked image is extracted first.
    const input =
      typeof bytes !== 'string' && detectImageFormat(bytes) ? await extracted(file, bytes) : bytes;
    return fromReport(file, await validate(input, validateOptions));
  };
}

async function verifier(options: Options): Promise<Checker> {
  const instance = createVerifier(await verifyOptionsOf(options));
  return async (file, bytes) => fromReport(file, await instance.verify(bytes));
}

async function extracted(file: string, bytes: Uint8Array): Promise<object | string> {
  try {
    return (await extract(bytes)).credential;
  } catch (error) {
    throw new CliError(`${file}: ${messageOf(error)}`);
  }
}
