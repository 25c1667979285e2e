# The policykg API image for the Neo4j path (docker compose up).
FROM node:20-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY policykg ./policykg
COPY graph ./graph
COPY loaders ./loaders
COPY ontology ./ontology
COPY queries ./queries
COPY api ./api
RUN pip install --no-cache-dir .
COPY data ./data
COPY neo4j ./neo4j
COPY --from=web /app/node_modules/cytoscape/dist ./node_modules/cytoscape/dist
ENV POLICYKG_CORPUS_DIR=/app/data/corpus POLICYKG_DATA_DIR=/app/.policykg
EXPOSE 8000
CMD ["sh", "-c", "policykg build && exec policykg serve --host 0.0.0.0"]
