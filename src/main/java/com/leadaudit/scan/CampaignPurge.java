package com.leadaudit.scan;

import com.leadaudit.campaign.CampaignRepository;
import com.leadaudit.importing.SourceFiles;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Deletes the personal data of campaigns that ended long ago (SPEC §11 purge), each table through the repository that
 * owns it: scans with their files, leads with their links. The campaign row and its figures stay for trends, marked
 * purged so its files are not imported again. Deleting leads gives the campaign a new lead version (the trigger on
 * table lead, V16), like any other change to its leads.
 */
@Service
public class CampaignPurge {

    /** What one campaign's purge deleted. */
    public record Purged(int scans, int files, int leads) {
    }

    private final CampaignRepository campaigns;
    private final ScanRepository scans;
    private final LeadRepository leads;
    private final SourceFiles files;

    public CampaignPurge(CampaignRepository campaigns, ScanRepository scans, LeadRepository leads, SourceFiles files) {
        this.campaigns = campaigns;
        this.scans = scans;
        this.leads = leads;
        this.files = files;
    }

    /** The campaigns due: ended more than {@code days} days ago and not purged yet. */
    public List<String> due(int days) {
        return campaigns.endedBefore(days);
    }

    /** Purges one campaign in the caller's transaction. */
    public Purged purge(String code) {
        int scanCount = scans.countOf(code);
        int leadCount = leads.deleteCampaigns(List.of(code));
        int fileCount = files.forgetBadgeScans(code);
        campaigns.markPurged(code);
        return new Purged(scanCount, fileCount, leadCount);
    }
}
