#pragma once

#include <cpl_error.h>

#include <string>

namespace sitefit::gis::detail {

// While alive, GDAL/OGR/PROJ messages on this thread are collected instead of printed, so
// they can go into an Error that names the file and layer. Scoped: the previous handler
// comes back on destruction.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;
    GdalErrorCapture(GdalErrorCapture&&) = delete;
    GdalErrorCapture& operator=(GdalErrorCapture&&) = delete;
    ~GdalErrorCapture();

    // The last CE_Failure/CE_Fatal message, else the last warning, else `fallback`.
    [[nodiscard]] std::string lastMessage(const std::string& fallback = "unknown GDAL error") const;
    [[nodiscard]] bool hasFailure() const noexcept { return !m_lastFailure.empty(); }
    [[nodiscard]] const std::string& warnings() const noexcept { return m_warnings; }
    void clear() noexcept;

private:
    static void CPL_STDCALL onMessage(CPLErr level, CPLErrorNum number, const char* message);

    std::string m_lastFailure;
    std::string m_warnings;
};

}  // namespace sitefit::gis::detail
