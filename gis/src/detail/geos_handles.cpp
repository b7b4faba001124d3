#include "detail/geos_handles.hpp"

#include <new>

namespace sitefit::gis::detail {

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {
    if (m_handle == nullptr) {
        throw std::bad_alloc();
    }
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
    // Notices (e.g. "Self-intersection at ...") are what isValidReason returns; don't print.
    GEOSContext_setNoticeMessageHandler_r(m_handle, nullptr, nullptr);
}

GeosContext::~GeosContext() {
    GEOS_finish_r(m_handle);
}

void GeosContext::onError(const char* message, void* userdata) {
    // Never throw from a C callback: remember the message, the caller checks the result.
    auto* self = static_cast<GeosContext*>(userdata);
    try {
        self->m_lastError = message != nullptr ? message : "unknown GEOS error";
    } catch (...) {  // NOLINT(bugprone-empty-catch): out of memory while copying a message
    }
}

}  // namespace sitefit::gis::detail
