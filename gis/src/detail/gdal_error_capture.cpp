#include "detail/gdal_error_capture.hpp"

namespace sitefit::gis::detail {

GdalErrorCapture::GdalErrorCapture() {
    CPLPushErrorHandlerEx(&GdalErrorCapture::onMessage, this);
    CPLErrorReset();
}

GdalErrorCapture::~GdalErrorCapture() {
    CPLPopErrorHandler();
}

void GdalErrorCapture::onMessage(CPLErr level, CPLErrorNum /*number*/, const char* message) {
    auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self == nullptr || message == nullptr) {
        return;
    }
    try {
        if (level == CE_Failure || level == CE_Fatal) {
            self->m_lastFailure = message;
        } else if (level == CE_Warning) {
            if (!self->m_warnings.empty()) {
                self->m_warnings += "\n";
            }
            self->m_warnings += message;
        }
    } catch (...) {  // NOLINT(bugprone-empty-catch): never throw through GDAL's C frames
    }
}

std::string GdalErrorCapture::lastMessage(const std::string& fallback) const {
    if (!m_lastFailure.empty()) {
        return m_lastFailure;
    }
    const auto lastLine = m_warnings.rfind('\n');
    if (!m_warnings.empty()) {
        return lastLine == std::string::npos ? m_warnings : m_warnings.substr(lastLine + 1);
    }
    return fallback;
}

void GdalErrorCapture::clear() noexcept {
    m_lastFailure.clear();
    m_warnings.clear();
    CPLErrorReset();
}

}  // namespace sitefit::gis::detail
