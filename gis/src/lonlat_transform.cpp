#include "sitefit/gis/lonlat_transform.hpp"

#include <proj.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"

namespace sitefit::gis {
namespace {

// CGCS2000 geographic: the datum of China's official maps (and of the Gauss–Krüger zones
// workspaces use), so most workspaces need no datum shift at all.
constexpr const char* kLonLatCrs = "EPSG:4490";

struct ContextDeleter {
    void operator()(PJ_CONTEXT* context) const noexcept { proj_context_destroy(context); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;

struct PjDeleter {
    void operator()(PJ* object) const noexcept { proj_destroy(object); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

}  // namespace

struct LonLatTransform::Handles {
    // PROJ logs errors to stderr by default; keep the last one for the Error instead.
    std::string last_message;
    ContextPtr context;
    PjPtr transformation;  // destroyed before the context it was made in

    static void onLog(void* userdata, int level, const char* message) {
        // Never throw from a C callback.
        if (level > PJ_LOG_ERROR || message == nullptr) {
            return;
        }
        try {
            static_cast<Handles*>(userdata)->last_message = message;
        } catch (...) {  // NOLINT(bugprone-empty-catch): out of memory while copying a message
        }
    }

    // What went wrong, from the logged message or else the context's error number.
    [[nodiscard]] std::string reason() const {
        if (!last_message.empty()) {
            return last_message;
        }
        const int error = proj_context_errno(context.get());
        const char* text = error != 0 ? proj_context_errno_string(context.get(), error) : nullptr;
        return text != nullptr ? text : "unknown PROJ error";
    }
};

LonLatTransform::LonLatTransform(const std::string& crs_wkt)
    : m_handles(std::make_unique<Handles>()) {
    Handles& h = *m_handles;
    h.context.reset(proj_context_create());
    if (!h.context) {
        throw Error(Error::Kind::Internal, "PROJ could not create a context");
    }
    proj_log_func(h.context.get(), &h, &Handles::onLog);
    const auto fail = [&h](const std::string& what) {
        throw Error(Error::Kind::Input, what + ": " + h.reason());
    };
    if (crs_wkt.empty()) {
        throw Error(Error::Kind::Input,
                    "the workspace has no CRS, so longitude and latitude are unknown");
    }
    const PjPtr source(proj_create(h.context.get(), crs_wkt.c_str()));
    if (!source) {
        fail("PROJ cannot read the workspace CRS");
    }
    const PjPtr target(proj_create(h.context.get(), kLonLatCrs));
    if (!target) {
        fail(std::string("PROJ cannot find ") + kLonLatCrs + " (is proj.db installed?)");
    }
    const PjPtr raw(proj_create_crs_to_crs_from_pj(h.context.get(), source.get(), target.get(),
                                                   nullptr, nullptr));
    if (!raw) {
        fail(std::string("PROJ knows no transformation from the workspace CRS to ") + kLonLatCrs);
    }
    // EPSG:4490 is latitude first; make it longitude, latitude like every x, y in sitefit.
    h.transformation.reset(proj_normalize_for_visualization(h.context.get(), raw.get()));
    if (!h.transformation) {
        fail("PROJ cannot put longitude first");
    }
}

LonLatTransform::LonLatTransform(LonLatTransform&&) noexcept = default;
LonLatTransform& LonLatTransform::operator=(LonLatTransform&&) noexcept = default;
LonLatTransform::~LonLatTransform() = default;

LonLat LonLatTransform::toLonLat(double x, double y) const {
    Handles& h = *m_handles;
    h.last_message.clear();
    proj_errno_reset(h.transformation.get());
    const PJ_COORD out =
        proj_trans(h.transformation.get(), PJ_FWD, proj_coord(x, y, 0.0, HUGE_VAL));
    if (!std::isfinite(out.lpzt.lam) || !std::isfinite(out.lpzt.phi)) {
        const int error = proj_errno(h.transformation.get());
        const char* text = error != 0 ? proj_context_errno_string(h.context.get(), error) : nullptr;
        const std::string point =
            "(" + core::significant(x, 10) + ", " + core::significant(y, 10) + ")";
        throw Error(Error::Kind::Input,
                    "PROJ cannot transform " + point +
                        " to longitude/latitude: " + (text != nullptr ? text : h.reason()));
    }
    return {out.lpzt.lam, out.lpzt.phi};
}

}  // namespace sitefit::gis
