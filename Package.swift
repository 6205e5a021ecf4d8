// swift-tools-version: 6.1
// The targets follow the pipeline, each depending only on the ones before it:
// C libraries → OKRSyntax (YAML, front matter, Markdown) → OKRModel (types, arithmetic,
// diagnostics) → OKRLoader (files → validated model) → OKRGraph (alignment) → OKRHints
// (writing hints) → OKRDiff (what changed between two revisions) → OKRMap (alignment map layout and SVG), OKRSearch (static search
// index) and OKRTemplate (Mustache templates) → OKRRender (pages) → OKRSite (build steps, atomic writing) → OKRServe
// (live preview) → okr-portal.
import PackageDescription

let package = Package(
    name: "okr-portal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "okr-portal", targets: ["okr-portal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // One C function: swapping two folders in one step (renameat2), for atomic rebuilds.
        .target(name: "CFileSystem"),
        .target(name: "OKRSyntax", dependencies: ["CYAML", "CCmarkGFM"]),
        .target(name: "OKRModel"),
        .target(name: "OKRLoader", dependencies: ["OKRSyntax", "OKRModel"]),
        .target(name: "OKRGraph", dependencies: ["OKRModel"]),
        .target(name: "OKRHints", dependencies: ["OKRModel", "OKRGraph"]),
        .target(name: "OKRDiff", dependencies: ["OKRModel", "OKRGraph", "OKRHints"]),
        .target(name: "OKRMap", dependencies: ["OKRModel", "OKRGraph"]),
        .target(name: "OKRSearch", dependencies: ["OKRModel"]),
        .target(name: "OKRTemplate", dependencies: ["OKRModel"]),
        .target(
            name: "OKRRender",
            dependencies: ["OKRModel", "OKRGraph", "OKRHints", "OKRDiff", "OKRSyntax", "OKRMap", "OKRSearch", "OKRTemplate"]
        ),
        .target(name: "OKRSite", dependencies: ["CFileSystem", "OKRLoader", "OKRGraph", "OKRHints", "OKRDiff", "OKRRender"]),
        .target(name: "OKRServe", dependencies: ["OKRSite", "OKRLoader"]),
        .executableTarget(
            name: "okr-portal",
            dependencies: ["OKRSite", "OKRServe", "OKRDiff", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "OKRSyntaxTests", dependencies: ["OKRSyntax"]),
        .testTarget(name: "OKRModelTests", dependencies: ["OKRModel"]),
        .testTarget(name: "OKRLoaderTests", dependencies: ["OKRLoader"]),
        .testTarget(name: "OKRGraphTests", dependencies: ["OKRGraph", "OKRLoader"]),
        .testTarget(
            name: "OKRHintsTests",
            dependencies: ["OKRHints", "OKRLoader", "OKRSyntax"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "OKRDiffTests", dependencies: ["OKRDiff", "OKRLoader", "OKRHints", "OKRGraph"]),
        .testTarget(name: "OKRMapTests", dependencies: ["OKRMap", "OKRLoader"]),
        .testTarget(name: "OKRSearchTests", dependencies: ["OKRSearch"]),
        .testTarget(name: "OKRTemplateTests", dependencies: ["OKRTemplate"]),
        .testTarget(name: "OKRRenderTests", dependencies: ["OKRRender"]),
        .testTarget(
            name: "OKRSiteTests",
            dependencies: ["OKRSite"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "OKRServeTests", dependencies: ["OKRServe"]),
    ]
)
