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

// Frees a GEOS object of type T with its `_destroy_r` function, on the context that made it.
template <typename T, void (*Destroy)(GEOSContextHandle_t, T*)>
struct ContextDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(T* object) const noexcept { Destroy(context, object); }
};

using GeometryDeleter = ContextDeleter<GEOSGeometry, GEOSGeom_destroy_r>;
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;
using PreparedDeleter = ContextDeleter<const GEOSPreparedGeometry, GEOSPreparedGeom_destroy_r>;
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;
using TreeDeleter = ContextDeleter<GEOSSTRtree, GEOSSTRtree_destroy_r>;
using TreePtr = std::unique_ptr<GEOSSTRtree, TreeDeleter>;
using WkbReaderDeleter = ContextDeleter<GEOSWKBReader, GEOSWKBReader_destroy_r>;
using WkbReaderPtr = std::unique_ptr<GEOSWKBReader, WkbReaderDeleter>;
using WkbWriterDeleter = ContextDeleter<GEOSWKBWriter, GEOSWKBWriter_destroy_r>;
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

using MakeValidParamsDeleter = ContextDeleter<GEOSMakeValidParams, GEOSMakeValidParams_destroy_r>;
using MakeValidParamsPtr = std::unique_ptr<GEOSMakeValidParams, MakeValidParamsDeleter>;

}  // namespace sitefit::gis::detail
