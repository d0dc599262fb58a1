// AES-256-GCM with a random 96-bit IV per record. The AAD binds the record to its token, client, category,
// key id and creation time: moving a ciphertext to another token, or relabelling its client or category,
// fails authentication.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Sealed {
  iv: string;
  tag: string;
  ct: string;
}

export interface AadFields {
  token: string;
  client: string;
  category: string;
  kid: string;
  createdAt: string;
}

function aad(f: AadFields): Buffer {
  // JSON of an array: unambiguous whatever characters a client id contains.
  return Buffer.from(JSON.stringify(['phiwall-vault/1', f.token, f.client, f.category, f.kid, f.createdAt]));
}

export function seal(key: Buffer, plaintext: string, fields: AadFields): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(aad(fields));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64url'), tag: cipher.getAuthTag().toString('base64url'), ct: ct.toString('base64url') };
}

/** The plaintext, or undefined when authentication fails. */
export function open(key: Buffer, sealed: Sealed, fields: AadFields): string | undefined {
  try {
    const iv = Buffer.from(sealed.iv, 'base64url');
    const tag = Buffer.from(sealed.tag, 'base64url');
    if (iv.length !== 12 || tag.length !== 16) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
    decipher.setAAD(aad(fields));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
