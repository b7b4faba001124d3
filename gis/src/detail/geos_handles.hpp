#pragma once

#include <geos_c.h>

#include <memory>
#include <string>

namespace sitefit::gis::detail {

// One GEOS context: create one per thread and never share it. Messages GEOS reports are
// kept (not printed) so that the caller can put them into an Error with context.
class GeosContext {
public:
    GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GeosContext(GeosContext&&) = delete;
    GeosContext& operator=(GeosContext&&) = delete;
    ~GeosContext();

    [[nodiscard]] GEOSContextHandle_t handle() const noexcept { return m_handle; }
    // The last error GEOS reported on this context, or "" if none since the last clear.
    [[nodiscard]] const std::string& lastError() const noexcept { return m_lastError; }
    void clearError() noexcept { m_lastError.clear(); }

private:
    static void onError(const char* message, void* userdata);

    GEOSContextHandle_t m_handle;
    std::string m_lastError;
};

struct GeometryDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* geometry) const noexcept {
        GEOSGeom_destroy_r(context, geometry);
    }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry* prepared) const noexcept {
        GEOSPreparedGeom_destroy_r(context, prepared);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

struct TreeDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSSTRtree* tree) const noexcept { GEOSSTRtree_destroy_r(context, tree); }
};
using TreePtr = std::unique_ptr<GEOSSTRtree, TreeDeleter>;

struct WkbReaderDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSWKBReader* reader) const noexcept {
        GEOSWKBReader_destroy_r(context, reader);
    }
};
using WkbReaderPtr = std::unique_ptr<GEOSWKBReader, WkbReaderDeleter>;

struct WkbWriterDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSWKBWriter* writer) const noexcept {
        GEOSWKBWriter_destroy_r(context, writer);
    }
};
using WkbWriterPtr = std::unique_ptr<GEOSWKBWriter, WkbWriterDeleter>;

// Takes ownership of a geometry GEOS returned (nullptr stays nullptr).
[[nodiscard]] inline GeometryPtr own(const GeosContext& context, GEOSGeometry* geometry) {
    return GeometryPtr(geometry, GeometryDeleter{context.handle()});
}

// Frees a buffer GEOS allocated (a reason string, a WKB buffer).
struct GeosBufferDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(void* buffer) const noexcept { GEOSFree_r(context, buffer); }
};
using GeosStringDeleter = GeosBufferDeleter;
using GeosStringPtr = std::unique_ptr<char, GeosBufferDeleter>;
using GeosWkbBufferPtr = std::unique_ptr<unsigned char, GeosBufferDeleter>;

struct MakeValidParamsDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSMakeValidParams* params) const noexcept {
        GEOSMakeValidParams_destroy_r(context, params);
    }
};
using MakeValidParamsPtr = std::unique_ptr<GEOSMakeValidParams, MakeValidParamsDeleter>;

}  // namespace sitefit::gis::detail
