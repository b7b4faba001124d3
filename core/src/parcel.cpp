#include "sitefit/core/parcel.hpp"

#include "sitefit/core/detail/enum_names.hpp"

namespace sitefit::core {
namespace {

constexpr detail::EnumNames<ParcelStatus, 4> kNames{{{
    {ParcelStatus::Available, "available"},
    {ParcelStatus::Reserved, "reserved"},
    {ParcelStatus::Transferred, "transferred"},
    {ParcelStatus::Built, "built"},
}}};

}  // namespace

std::optional<ParcelStatus> parseParcelStatus(std::string_view text) {
    return kNames.parse(text);
}

std::string_view toString(ParcelStatus status) {
    return kNames.name(status);
}

}  // namespace sitefit::core
