# One image for Planeta's web and worker processes (docs/deploy.md). The build embeds the Server
# Actions key and the build id, so every container of one release agrees on both.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ARG BUILD_ID
ENV BUILD_ID=${BUILD_ID} NEXT_TELEMETRY_DISABLED=1
# `npm run build` makes Next's standalone server (.next/standalone, with .next/static copied in) and
# records the build's id and key fingerprint in .next/planeta-build.json.
RUN --mount=type=secret,id=actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    npx tsx scripts/prisma-generate.ts && npx tsx scripts/build.ts
# The web serves from .next/standalone alone (its own traced node_modules); the rest of .next
# (the build cache, the untraced server files) is not shipped. The worker, the migrations and
# start:web's start-up check run the sources with tsx: production dependencies only.
RUN npm prune --omit=dev \
 && find .next -mindepth 1 -maxdepth 1 ! -name standalone ! -name BUILD_ID ! -name planeta-build.json -exec rm -rf {} +

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
ARG BUILD_ID
ENV BUILD_ID=${BUILD_ID}
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# start:web checks the shared variables, then runs node .next/standalone/server.js on 0.0.0.0:$PORT.
CMD ["npm", "run", "start:web"]
