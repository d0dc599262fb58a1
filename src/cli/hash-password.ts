import { hashPassword } from '../session/credentials.js';

export async function runHashPassword(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    console.log('Usage: phiwall hash-password [PASSWORD]\nPrints an scrypt hash for clients[].password. Without PASSWORD, reads it from stdin.');
    return 0;
  }
  let password = argv[0];
  if (password === undefined) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  if (!password) {
    console.error('phiwall hash-password: empty password');
    return 2;
  }
  if (Buffer.byteLength(password) > 8) console.error('warning: SMPP 3.4 passwords are at most 8 octets; longer ones cannot be sent in a bind');
  console.log(await hashPassword(password));
  return 0;
}
