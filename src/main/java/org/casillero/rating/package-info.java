/**
 * Rating: what a partner's shipments cost and what their destination's customs want. The partners'
 * tariffs and product families, the countries' customs and invoice rules (set by the operator), the
 * partner site's quotes; in {@code web}, the Box API's get-shipment-rate and
 * search-family-products-copa. {@code shipment} asks {@link org.casillero.rating.RatingRules} when it
 * charges, weighs or holds a shipment; rating never reads a shipment.
 */
@ApplicationModule(allowedDependencies = {"shared", "geo", "partner"})
@NullMarked
package org.casillero.rating;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
