/**
 * Stage 0: {@code site.yaml} -> {@link io.cxsite.config.SiteConfig}. Also home of
 * {@link io.cxsite.config.YamlMapping}, the position-keeping YAML reader that front matter uses too.
 */
package io.cxsite.config;
