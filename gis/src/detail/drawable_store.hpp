#pragma once

#include "detail/flat_store.hpp"
#include "detail/packed_tree.hpp"
#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gis {

// What a DrawableLayer holds: defined here so that DrawableLayerBuilder can fill one.
struct DrawableLayer::Store {
    detail::FlatStore flat;
    detail::PackedTree tree;
};

}  // namespace sitefit::gis
