import { applyDecorators, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  Max,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import type { MessageKey } from '../i18n/catalog.js';
import { badInput, type Message } from './domain-error.js';
import { matchLocale } from './locale.js';
import { textLength } from './text-length.js';

// class-validator carries only a string per failed constraint; we put a message key (and its
// parameters) there and translate it when the error is written, in the caller's language.
export const msg = (key: MessageKey, params?: Message['params']): ValidationOptions => ({ message: JSON.stringify({ key, params }) });

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const lower = Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export const SUPPORTED_CONTENT_LOCALES = ['en', 'zh-CN'] as const;

export const IsHandle = () =>
  applyDecorators(lower, IsString(msg('validation.handle')), Matches(/^[a-z0-9_]{3,30}$/, msg('validation.handle')));
export const IsAccountEmail = () =>
  applyDecorators(lower, IsString(msg('validation.email')), MaxLength(254, msg('validation.email')), IsEmail({}, msg('validation.email')));
// Passwords are taken as typed: no trimming, so a leading space is part of the secret.
export const IsPassword = () => applyDecorators(IsString(msg('validation.password')), Length(10, 128, msg('validation.password')));
export const IsDisplayName = () =>
  applyDecorators(
    trim,
    IsString(msg('validation.length', { min: 1, max: 50 })),
    Length(1, 50, msg('validation.length', { min: 1, max: 50 })),
  );
// zh, zh-cn, zh-TW and en-US are taken as the locales they mean (common/locale.ts).
const toContentLocale = Transform(({ value }) =>
  typeof value === 'string' ? (matchLocale(value, SUPPORTED_CONTENT_LOCALES) ?? value) : value,
);
export const IsLocale = () =>
  applyDecorators(
    toContentLocale,
    IsIn([...SUPPORTED_CONTENT_LOCALES], msg('validation.locale', { locales: SUPPORTED_CONTENT_LOCALES.join(', ') })),
  );
export const IsId = () => IsUUID('all', msg('validation.uuid'));
// Lengths of short texts (titles, names, reasons) are measured in one place: common/text-length.ts.
const HasTextLength = (min: number, max: number) =>
  ValidateBy(
    {
      name: 'textLength',
      validator: { validate: (value) => typeof value === 'string' && textLength(value) >= min && textLength(value) <= max },
    },
    msg('validation.length', { min, max }),
  );
export const IsText = (min: number, max: number) =>
  applyDecorators(trim, IsString(msg('validation.length', { min, max })), HasTextLength(min, max));
// Markdown keeps its leading indentation (code blocks), so bodies are not trimmed; an
// all-blank body is refused by the service.
export const IsBody = () =>
  applyDecorators(
    IsString(msg('validation.length', { min: 1, max: 50_000 })),
    Length(1, 50_000, msg('validation.length', { min: 1, max: 50_000 })),
  );
export const IsOptionalText = (max: number) =>
  applyDecorators(IsOptional(), trim, IsString(msg('validation.maxLength', { max })), MaxLength(max, msg('validation.maxLength', { max })));
export const IsTags = () =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }) =>
      Array.isArray(value) ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : t)))] : value,
    ),
    ArrayMaxSize(5, msg('validation.tags')),
    Matches(/^[\p{L}\p{N}_-]{1,30}$/u, { each: true, ...msg('validation.tags') }),
  );
export const IsIdempotencyKey = () =>
  applyDecorators(IsOptional(), IsString(msg('validation.idempotencyKey')), Length(1, 100, msg('validation.idempotencyKey')));
export const IsSlug = () =>
  applyDecorators(lower, IsString(msg('validation.slug')), Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, msg('validation.slug')));
export const IsTotpCode = () => applyDecorators(trim, IsString(msg('validation.totp')), Matches(/^\d{6}$/, msg('validation.totp')));
export const IsIntBetween = (min: number, max: number) =>
  applyDecorators(IsInt(msg('validation.integer')), Min(min, msg('validation.integer')), Max(max, msg('validation.integer')));

function decode(text: string): Message {
  try {
    const parsed = JSON.parse(text) as Message;
    if (parsed && typeof parsed.key === 'string') return parsed;
  } catch {
    // a built-in class-validator message: fall through to the generic one
  }
  return { key: 'validation.invalidValue' };
}

function collect(errors: ValidationError[], prefix: string, into: Record<string, Message>): Record<string, Message> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    if (first) into[path] = decode(first);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

// Text that cannot be stored or compared: U+0000 (PostgreSQL text cannot hold it) and lone
// UTF-16 surrogates such as "\uD800" (no UTF-8 encoding exists: the driver would fail, the
// scanner's normalization would throw).
const isUnstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);
// Characters that show nothing: format characters (zero-width space and joiners, BOM,
// direction marks, soft hyphen), Hangul and Braille fillers, variation selectors, CGJ.
const INVISIBLE = '\\p{Cf}|\\p{Variation_Selector}|\\u115F|\\u1160|\\u3164|\\uFFA0|\\u2800|\\u034F';
const HAS_INVISIBLE = new RegExp(INVISIBLE, 'u');
const NOTHING_VISIBLE = new RegExp(`^(?:\\p{White_Space}|${INVISIBLE})*$`, 'u');

// A title, a body or a name made only of invisible characters looks empty to every reader
// (blank text without them is left to each field's own rules).
function textFault(text: string): MessageKey | null {
  if (isUnstorable(text)) return 'protocol.unstorableText';
  if (HAS_INVISIBLE.test(text) && NOTHING_VISIBLE.test(text)) return 'protocol.invisibleText';
  return null;
}

// Checked on every string of every argument, whichever field carries it: one check at the
// edge instead of one per field.
function findTextFault(value: unknown, path: string): { path: string; key: MessageKey } | null {
  if (typeof value === 'string') {
    const key = textFault(value);
    return key ? { path, key } : null;
  }
  const entries = Array.isArray(value)
    ? value.map((item) => [path, item] as const)
    : value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))
      ? Object.entries(value).map(([key, item]) => [path ? `${path}.${key}` : key, item] as const)
      : [];
  for (const [itemPath, item] of entries) {
    const found = findTextFault(item, itemPath);
    if (found !== null) return found;
  }
  return null;
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments reach pipes as 'body'; parents and contexts as 'custom', and are passed
    // through untouched (field resolvers run per row, so this path must cost nothing).
    if (metadata.type !== 'body') return value;
    const fault = findTextFault(value, typeof value === 'string' ? (metadata.data ?? '') : '');
    if (fault !== null) throw badInput({ [fault.path || metadata.data || 'input']: { key: fault.key } });
    return super.transform(value, metadata);
  }
}

export const validationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) => badInput(collect(errors, '', {})),
});
