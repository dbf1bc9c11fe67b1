// The small checks every wire guard of this library is built from.

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isNumberOrNull = (v: unknown): v is number | null => v === null || typeof v === 'number';
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
export const oneOf = (values: readonly string[], v: unknown): boolean => isString(v) && values.includes(v);
