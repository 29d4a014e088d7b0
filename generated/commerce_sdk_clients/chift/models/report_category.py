from enum import StrEnum


class ReportCategory(StrEnum):
    SERVICES_SUBJECT_TO_VALUE_ADDED_TAX = "Services subject to value-added tax."
    SUPPLY_OF_GOODS_AND_PROVISION_OF_SERVICES_NOT_SUBJECT_TO_VALUE_ADDED_TAX_IN_FRANCE_INCLUDING_INTRA_COMMUNITY_DISTANCE_SALES_MENTIONED_IN_1_OF_I_OF_ARTICLE_258_A_AND_IN_ARTICLE_259_B_OF_THE_FRENCH_GENERAL_TAX_CODE = "Supply of goods and provision of services not subject to value-added tax in France, including intra-Community distance sales mentioned in 1° of I of Article 258 A and in Article 259 B of the French General Tax Code."
    SUPPLY_OF_GOODS_SUBJECT_TO_VALUE_ADDED_TAX = "Supply of goods subject to value-added tax."
    TRANSACTIONS_SUBJECT_TO_THE_REGIMES_PROVIDED_FOR_IN_E_OF_1_OF_ARTICLE_266_AND_IN_ARTICLES_268_AND_297_A_OF_THE_FRENCH_GENERAL_TAX_CODE_VAT_MARGIN_SCHEME = "Transactions subject to the regimes provided for in e) of 1 of Article 266 and in Articles 268 and 297 A of the French General Tax Code (VAT margin scheme)."

    def __str__(self) -> str:
        return str(self.value)
