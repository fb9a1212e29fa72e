namespace ResearchPlatform.Components.Storage;

/// <summary>The Trident ONTAP NAS drivers the platform uses.</summary>
public enum TridentDriver
{
    /// <summary><c>ontap-nas</c>: a FlexVol per volume; SnapMirror-capable, for researchers.</summary>
    OntapNas,

    /// <summary><c>ontap-nas-economy</c>: qtrees in shared FlexVols, for many small student volumes; not mirrorable per volume.</summary>
    OntapNasEconomy,
}
