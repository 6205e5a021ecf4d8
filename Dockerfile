# The okr-portal image: `docker build -t okr-portal .`, then in a portal repository
# `docker run --rm -v "$PWD:/site" -w /site okr-portal build`.
#
# Stage 1 compiles with the official Swift image; stage 2 is a slim Debian with only the
# run-time libraries okr-portal links (libyaml, cmark-gfm; the Swift runtime is linked in),
# plus git, which `okr-portal diff` reads revisions with, and curl, with which the GitLab
# workflow that `init` writes posts the diff as a merge-request note.

ARG SWIFT_IMAGE=swift:6.3-bookworm
FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends pkg-config libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The manifest names the test targets too, so their folders come along (they are not built).
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product okr-portal \
    && install -m 0755 .build/release/okr-portal /okr-portal

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-0-2 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 \
       git curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /okr-portal /usr/local/bin/okr-portal
WORKDIR /site
ENTRYPOINT ["okr-portal"]
CMD ["--help"]
