// `--profile <name|file>`: a built-in quality profile by name, or a profile document in a JSON
// file. Read and checked once, before any input: a bad profile is a usage error (exit 2).
import { compileProfile, isLerkitError, listBuiltinProfiles, type ProfileOption } from 'lerkit';
import { CliError, messageOf } from './errors.js';
import { readJson } from './inputs.js';

/**
 * The profile option of validate/verify: a built-in name as given (anything that names a built-in
 * profile is that profile; write ./name for a file of that name), else the file's JSON document.
 */
export async function loadProfileOption(value: string): Promise<ProfileOption> {
  const profile: unknown = listBuiltinProfiles().includes(value) ? value : await readJson(value);
  try {
    await compileProfile(profile as ProfileOption);
  } catch (error) {
    if (!isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')) throw error;
    throw new CliError(`--profile ${value}: ${messageOf(error)}`);
  }
  return profile as ProfileOption;
}
