"""commerce-sdk: one async SDK over JTL-Wawi ERP, Chift and Pack.cloud."""
