using System.Reflection;
using MemoryPack;
using Wengao.Pipeline.Cache;

namespace Wengao.Tests.Cache;

/// <summary>
/// The build cache's manifests are MemoryPack's binary layout of their records: members in order, no names. A manifest
/// written with other records would be misread rather than refused, so the records' shape is pinned here to the format
/// number the manifests' header carries (<see cref="ManifestFile.Format"/>): a change of a record fails this test until
/// the format is raised and the shape below written anew.
/// </summary>
public sealed class ManifestFormatTests
{
    private const string Shape = """
        5
        BuildManifest(Version:String, Inputs:String, Listed:Int64, Outputs:String, Report:SavedReport)
        CachedCheck(Counts:Dictionary`2[String,Int32], Unsure:Int32)
        CachedCopies(Recipient:String, Copies:Int32)
        CachedDocument(Source:String, Dependencies:String, Kind:String, Head:String, HeadLength:Int32, BodyLine:Int32, Slug:String, Title:String, Date:DateOnly, Tags:String[], OutcomesId:String, Fields:Dictionary`2[String,CachedField], Draft:Boolean, Unfinished:CachedError, Furniture:CachedFurniture, IssuedTo:CachedCopies[], Watermark:Boolean, RepeatsTags:Boolean)
        CachedError(Line:Int32, Column:Int32, Message:String, Hint:String)
        CachedField(Text:String, Number:Nullable`1[Int64], Date:Nullable`1[DateOnly], Flag:Nullable`1[Boolean], List:String[], Lists:CachedList[], Ids:String[])
        CachedFile(Path:String, Size:Int64, Modified:Int64, Hash:String)
        CachedFurniture(Number:String, Signature:String[], Signed:Nullable`1[DateOnly], Attachments:String[], Note:String, CopiesTo:String, PrintedBy:String, Printed:Nullable`1[DateOnly], PrintedDocument:String)
        CachedLength(Characters:Int32, SpeakingMinutes:Int32)
        CachedList(Key:String, Items:String[])
        CachedOutput(Inputs:String, Templates:Int32, Files:List`1[CachedFile], PdfPages:Nullable`1[Int32], Source:String, Missing:Int32[])
        CheckManifest(Version:Dictionary`2[String,String], Files:Dictionary`2[String,CachedCheck])
        DocumentManifest(Version:Dictionary`2[String,String], Documents:Dictionary`2[String,CachedDocument])
        HashManifest(Listed:Int64, Files:Dictionary`2[String,HashedFile])
        HashedFile(Size:Int64, Modified:Int64, Hash:String)
        LengthManifest(Version:Dictionary`2[String,String], Documents:Dictionary`2[String,CachedLength])
        OutputManifest(Version:Dictionary`2[String,String], Templates:List`1[Dictionary`2[String,String]], Outputs:Dictionary`2[String,CachedOutput])
        SavedFinding(RuleId:String, Severity:Severity, Confidence:Double, File:String, Line:Int32, Column:Int32, Message:String, Hint:String, FixOffset:Nullable`1[Int32], FixOld:String, FixNew:String, Text:String, Unit:LocationUnit)
        SavedReport(HtmlPages:Int32, PdfFiles:Int32, PdfPages:Int32, Notes:List`1[String], Warnings:Dictionary`2[String,Int32], Unsure:Int32, Least:Double, Sample:List`1[SavedFinding], Outputs:Int32)
        """;

    [Fact]
    public void The_manifest_records_are_the_shape_their_format_number_names()
    {
        var records = typeof(ManifestFile).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<MemoryPackableAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => $"{t.Name}({string.Join(", ", Members(t).Select(p => $"{p.Name}:{Name(p.PropertyType)}"))})");
        var shape = string.Join("\n", [ManifestFile.Format.ToString(System.Globalization.CultureInfo.InvariantCulture), .. records]);
        Assert.True(shape == Shape.ReplaceLineEndings("\n"),
            $"The cache manifests' records changed: raise ManifestFile.Format, then write their shape into this test:\n{shape}");
    }

    /// <summary>What MemoryPack writes of a record: its public properties, in the order they are declared.</summary>
    private static IEnumerable<PropertyInfo> Members(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetMethod is not null && p.GetCustomAttribute<MemoryPackIgnoreAttribute>() is null && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken);

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name}[{string.Join(",", type.GetGenericArguments().Select(Name))}]"
        : type.Name;
}
