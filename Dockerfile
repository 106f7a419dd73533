# One image for Planeta's web and worker processes (docs/deploy.md). The build embeds the Server
# Actions key and the build id, so every container of one release agrees on both.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ARG BUILD_ID
ENV BUILD_ID=${BUILD_ID} NEXT_TELEMETRY_DISABLED=1
RUN --mount=type=secret,id=actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    npx tsx scripts/prisma-generate.ts && npx tsx scripts/build.ts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
ARG BUILD_ID
ENV BUILD_ID=${BUILD_ID}
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
CMD ["npm", "run", "start:web"]
