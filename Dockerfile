# phiwall: SMPP gateway proxy with a PHI firewall.
#   docker build -t phiwall .
#   docker run -p 2775:2775 -p 3775:3775 -p 9090:9090 -v /etc/phiwall:/etc/phiwall:ro -v phiwall-var:/app/var \
#     phiwall start --config /etc/phiwall/phiwall.yaml
# Listeners in the config must bind 0.0.0.0 to be reachable from outside the container.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
# Sources first: `npm ci` runs `prepare`, which compiles them.
COPY src ./src
COPY test ./test
COPY bench ./bench
COPY scripts ./scripts
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY config ./config
RUN mkdir -p /app/var /app/certs && chown -R node:node /app/var /app/certs
USER node
EXPOSE 2775 3775 9090
# Liveness from the admin listener (admin.port, default 9090).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:9090/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["node", "dist/src/cli/main.js"]
CMD ["start", "--config", "config/default.yaml"]
