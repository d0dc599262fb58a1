// Where the load generator connects: plain TCP or TLS trusting a given CA.
import net from 'node:net';
import tls from 'node:tls';

export interface EndpointOptions {
  host: string;
  port: number;
  /** TLS to the endpoint, trusting `ca` (PEM). */
  tls?: { ca: string | Buffer; servername?: string };
}

export function connectEndpoint(e: EndpointOptions, timeoutMs = 10_000): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = e.tls
      ? tls.connect({ host: e.host, port: e.port, ca: e.tls.ca, servername: e.tls.servername ?? 'localhost' })
      : net.connect({ host: e.host, port: e.port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`connect to ${e.host}:${e.port} timed out`));
    }, timeoutMs);
    const ready = () => {
      clearTimeout(timer);
      socket.off('error', fail);
      resolve(socket);
    };
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(err);
    };
    socket.once(e.tls ? 'secureConnect' : 'connect', ready);
    socket.once('error', fail);
  });
}
