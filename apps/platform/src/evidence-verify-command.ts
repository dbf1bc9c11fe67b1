/**
 * `npm run evidence:verify -- <package.json>`: checks an incident package exported from
 * GET /api/v1/incidents/{id}/export, offline, without the platform or its database. Recomputes the SHA-256 chain from
 * the package's rows with the same canonical serialisation the platform used (@fleet/incidents-model), compares
 * every link, and checks the CSV and the incident record against the rows. Exit code 0: valid; 1: not valid; 2: usage.
 */
import { verifyEvidencePackage } from '@fleet/incidents-model';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// npm runs scripts from the repository root; a relative path means relative to where the command was typed.
const arg = process.argv[2];
const path = arg ? resolve(process.env['INIT_CWD'] ?? process.cwd(), arg) : undefined;
if (!path) {
  process.stderr.write('usage: npm run evidence:verify -- <package.json>\n');
  process.exit(2);
}
let input: unknown;
try {
  input = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  process.stderr.write(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
const result = verifyEvidencePackage(input, (text) => createHash('sha256').update(text, 'utf8').digest('hex'));
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  result.valid
    ? `VALID: incident ${result.incidentId}, ${result.sampleCount} samples, ${result.eventCount} events, sha256 ${result.digest}\n`
    : `NOT VALID: ${result.problems.join('; ')}\n`,
);
process.exit(result.valid ? 0 : 1);
