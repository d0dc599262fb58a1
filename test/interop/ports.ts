// Ports for peers that cannot listen on port 0: above 20000 and below Linux's ephemeral range (32768+), so
// outgoing connections never hold the port we pick. Free when probed; callers retry if they lose a race.
import net from 'node:net';

const LOW = 20001;
const HIGH = 32767;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export async function pickPort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await isFree(port)) return port;
  }
  throw new Error('no free port between 20001 and 32767');
}
