package org.openmint.developer;

import java.util.List;

import org.openmint.category.CategoryUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the category feature which developers and companies are in a category, so that it is not deleted. */
@Component
class DeveloperCategoryUsage implements CategoryUsage {

    /** How many accounts a refusal names at most. */
    private static final int NAMED = 5;

    private final DeveloperRepository developers;

    DeveloperCategoryUsage(DeveloperRepository developers) {
        this.developers = developers;
    }

    /** Whether the {@code MINT_DEVELOPER_CATEGORY} of a developer or company names the category. */
    @Override
    @Transactional(readOnly = true)
    public String categoryUsage(String org, String categoryId) {
        List<String> keys = developers.findKeysInCategory(org, categoryId, NAMED + 1);
        if (keys.isEmpty()) {
            return null;
        }
        return "developer(s) or company(ies) "
                + (keys.size() > NAMED ? keys.subList(0, NAMED) + " and more" : keys.toString());
    }
}
