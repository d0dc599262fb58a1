import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generate = promisify(generateKeyPair);

export interface RsaKeyPair {
  /** PKCS#1 PEM ("RSA PRIVATE KEY"), the form both node:tls and forge read. */
  privateKeyPem: string;
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
}

/**
 * RSA key material from node:crypto (OpenSSL, off the event loop), imported into forge for signing.
 * forge's own pure-JS generator takes seconds for 2048 bits; OpenSSL takes ~0.1 s.
 */
export async function generateRsaKeyPair(bits = 2048): Promise<RsaKeyPair> {
  const { privateKey: privateKeyPem } = await generate('rsa', {
    modulusLength: bits,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  const publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  return { privateKeyPem, privateKey, publicKey };
}
