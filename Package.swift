// swift-tools-version: 6.1
// The targets follow the pipeline, each depending only on the ones before it:
// OKRSupport (escaping, JSON, digits, the concurrent map, streaming, the folder walk; no
// domain knowledge) and the C libraries → OKRSyntax (YAML, front matter, Markdown) → OKRModel
// (types, arithmetic, diagnostics) → OKRLoader (files → validated model) → OKRGraph (alignment) → OKRHints
// (writing hints) → OKRDiff (what changed between two revisions) → OKRMap (alignment map layout and SVG), OKRSearch (static search
// index) and OKRTemplate (Mustache templates) → OKRRender (view models and pages, with the
// built-in theme from OKRBuiltinTheme) → OKRSite (build steps, atomic writing) → OKRServe
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
        .target(name: "OKRSupport"),
        .target(name: "OKRSyntax", dependencies: ["CYAML", "CCmarkGFM"]),
        .target(name: "OKRModel", dependencies: ["OKRSupport"]),
        .target(name: "OKRLoader", dependencies: ["OKRSupport", "OKRSyntax", "OKRModel"]),
        .target(name: "OKRGraph", dependencies: ["OKRModel"]),
        .target(name: "OKRHints", dependencies: ["OKRSupport", "OKRModel", "OKRGraph"]),
        .target(name: "OKRDiff", dependencies: ["OKRSupport", "OKRModel", "OKRGraph", "OKRHints"]),
        .target(name: "OKRMap", dependencies: ["OKRSupport", "OKRModel", "OKRGraph"]),
        .target(name: "OKRSearch", dependencies: ["OKRSupport", "OKRModel"]),
        .target(name: "OKRTemplate", dependencies: ["OKRSupport"]),
        // The theme in Templates/, embedded by scripts/embed-theme.py.
        .target(name: "OKRBuiltinTheme"),
        .target(
            name: "OKRRender",
            dependencies: [
                "OKRSupport", "OKRModel", "OKRGraph", "OKRHints", "OKRDiff", "OKRSyntax", "OKRMap", "OKRSearch", "OKRTemplate",
                "OKRBuiltinTheme",
            ]
        ),
        .target(name: "OKRSite", dependencies: ["CFileSystem", "OKRSupport", "OKRLoader", "OKRGraph", "OKRHints", "OKRDiff", "OKRRender"]),
        .target(name: "OKRServe", dependencies: ["OKRSupport", "OKRSite", "OKRLoader", "OKRRender"]),
        .executableTarget(
            name: "okr-portal",
            dependencies: ["OKRSite", "OKRServe", "OKRDiff", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // What every test suite shares: inline sites loaded by the real loader, temporary folders.
        .target(name: "OKRTestSupport", dependencies: ["OKRModel", "OKRLoader", "OKRGraph"], path: "Tests/OKRTestSupport"),
        .testTarget(name: "OKRSupportTests", dependencies: ["OKRSupport", "OKRTestSupport"]),
        .testTarget(name: "OKRSyntaxTests", dependencies: ["OKRSyntax"]),
        .testTarget(name: "OKRModelTests", dependencies: ["OKRModel"]),
        .testTarget(name: "OKRLoaderTests", dependencies: ["OKRTestSupport", "OKRLoader"]),
        .testTarget(name: "OKRGraphTests", dependencies: ["OKRTestSupport", "OKRGraph", "OKRLoader"]),
        .testTarget(
            name: "OKRHintsTests",
            dependencies: ["OKRHints", "OKRLoader", "OKRSyntax", "OKRTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "OKRDiffTests", dependencies: ["OKRTestSupport", "OKRDiff", "OKRLoader", "OKRHints", "OKRGraph"]),
        .testTarget(name: "OKRMapTests", dependencies: ["OKRTestSupport", "OKRMap", "OKRLoader"]),
        .testTarget(name: "OKRSearchTests", dependencies: ["OKRSearch"]),
        .testTarget(name: "OKRTemplateTests", dependencies: ["OKRTemplate"]),
        .testTarget(name: "OKRRenderTests", dependencies: ["OKRRender", "OKRBuiltinTheme", "OKRSupport"]),
        .testTarget(
            name: "OKRSiteTests",
            dependencies: ["OKRSite", "OKRBuiltinTheme", "OKRTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "OKRServeTests", dependencies: ["OKRServe", "OKRTestSupport"]),
    ]
)
