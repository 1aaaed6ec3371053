package org.casillero.geo;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the periodic check that keeps each server's copy of the data current. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GeoConfiguration {}
