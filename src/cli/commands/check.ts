// `validate` and `verify`: check many inputs, streaming each file's report in the chosen format as
// it finishes (in input order), over worker threads for big batches (lerkit/node verifyFiles).
// Memory stays flat: only counts are kept for the summary (SARIF, whose header lists the rules
// found, keeps each file's findings, never its report).
import { open } from 'node:fs/promises';
import type { ValidationReport, VerificationReport } from 'lerkit';
import { type FileResult as BatchResult, validateFiles, verifyFiles } from 'lerkit/node';
import type { Options } from '../args.js';
import { CliError, messageOf } from '../errors.js';
import { expandOperands } from '../inputs.js';
import { type CliIo, confirmWrite, makeFolderOf, type OutputStream, useColor } from '../io.js';
import { safeFetchOptionsOf, verifyOptionsOf } from '../library-options.js';
import { JSON_HEAD, jsonLine, jsonResult, jsonTail } from '../output/json.js';
import { JUNIT_TAIL, junitHead, junitSuite } from '../output/junit.js';
import { type FileResult, fromReport, type Run, type Summary, tally } from '../output/model.js';
import { formatSarif } from '../output/sarif.js';
import { fileText, summaryText } from '../output/text.js';
import { progress } from '../progress.js';
import type { CommandContext } from '../run.js';

const HOSTED_URL = /^https?:\/\/\S+$/i;

/** A streamed output format: text before the first file, per file, and after the last. */
interface Writer {
  head: string;
  file(result: FileResult, index: number): string;
  tail(summary: Summary): string;
}

export async function runCheck(options: Options, { io, version }: CommandContext): Promise<number> {
  const command = options.command === 'validate' ? 'validate' : 'verify';
  // OB 2.0 hosted assertions may be given by URL (verify loads them through its loader).
  const urls = options.operands.filter((operand) => HOSTED_URL.test(operand));
  if (urls.length > 0 && command === 'validate') {
    throw new CliError(`validate reads files; verify an OB 2.0 hosted assertion URL (${urls[0]})`);
  }
  // Options first: a bad --profile or --resources is reported before any input is read.
  const libraryOptions = await checkOptionsOf(options, command);
  const paths = options.operands.filter((operand) => !HOSTED_URL.test(operand));
  const files = [...urls, ...(paths.length > 0 ? await expandOperands(paths) : [])];
  const bar = progress(io, `lerkit ${command}`, files.length);
  const batch = {
    ...libraryOptions,
    concurrency: options.concurrency,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    onProgress: ({ done }: { done: number }) => bar.update(done),
  };
  const results: AsyncIterable<BatchResult<VerificationReport | ValidationReport>> =
    command === 'validate' ? validateFiles(files, batch) : verifyFiles(files, batch);
  const writer = writerOf(options, command, version, useColor(io, options.output));
  const summary: Summary = { files: 0, passed: 0, failed: 0, warnings: 0, exitCode: 0 };
  const out = await outputOf(io, options.output);
  try {
    await out.write(writer.head);
    for await (const result of results) {
      if (result.error !== undefined) throw new CliError(result.error);
      const entry = fromReport(result.path, result.report);
      tally(summary, entry, options.strict);
      await out.write(writer.file(entry, result.index));
    }
    bar.end();
    await out.write(writer.tail(summary));
  } finally {
    bar.end();
    await out.close();
  }
  return summary.exitCode;
}

function writerOf(
  options: Options,
  command: Run['command'],
  version: string,
  color: boolean,
): Writer {
  switch (options.format) {
    case 'json':
      return { head: JSON_HEAD, file: (r, i) => jsonResult(r, i === 0), tail: jsonTail };
    case 'jsonl':
      return { head: '', file: jsonLine, tail: () => '' };
    case 'junit':
      return {
        head: junitHead(command),
        file: (r) => junitSuite(r, options.strict),
        tail: () => JUNIT_TAIL,
      };
    case 'sarif': {
      // The rules are listed before the results: keep the findings (not the reports) until the end.
      const kept: FileResult[] = [];
      return {
        head: '',
        file: (r) => {
          kept.push({ ...r, report: undefined as never, checks: [] });
          return '';
        },
        tail: () => formatSarif({ command, strict: options.strict, results: kept }, version),
      };
    }
    default:
      return {
        head: '',
        file: (r) =>
          fileText(r, color, options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal'),
        tail: summaryText,
      };
  }
}

// The library options, checked (a bad profile or resources map is a usage error, exit 2); the
// network as safe-fetch options, which each worker thread turns into its own fetch.
async function checkOptionsOf(options: Options, command: 'validate' | 'verify') {
  const { fetch: _fetch, ...verifyOptions } = await verifyOptionsOf(options);
  if (command === 'validate') {
    const { resources, profile, limits, kind } = verifyOptions;
    return {
      ...(kind ? { kind } : {}),
      ...(resources ? { resources } : {}),
      ...(profile ? { profile } : {}),
      ...(limits ? { limits } : {}),
    };
  }
  const safeFetch = safeFetchOptionsOf(options);
  return { ...verifyOptions, ...(safeFetch ? { safeFetch } : {}) };
}

/** stdout, or the --output file, written as the run goes. */
async function outputOf(
  io: CliIo,
  output: string | undefined,
): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }> {
  if (output === undefined) {
    const stdout: OutputStream = io.stdout;
    return {
      write: async (text) => {
        if (text !== '') await stdout.write(text);
      },
      close: async () => {},
    };
  }
  const fail = (error: unknown) =>
    new CliError(
      `cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`,
    );
  await makeFolderOf(output);
  const handle = await open(output, 'w').catch((error) => {
    throw fail(error);
  });
  return {
    write: async (text) => {
      if (text !== '') await handle.write(text).catch((error) => Promise.reject(fail(error)));
    },
    close: async () => {
      await handle.close();
      await confirmWrite(io, output);
    },
  };
}
