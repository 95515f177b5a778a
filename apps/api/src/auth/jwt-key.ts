import { createSecretKey, type KeyObject } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

const keys = new WeakMap<AppConfig, KeyObject>();

// The HMAC key for access tokens, made once. Given the secret as a string, jsonwebtoken first
// tries to parse it as a PEM public or private key on every sign and verify, and builds and
// throws an error when that fails: a quarter of the API's CPU time on signed-in requests.
export function jwtKey(config: AppConfig): KeyObject {
  let key = keys.get(config);
  if (!key) {
    key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    keys.set(config, key);
  }
  return key;
}
